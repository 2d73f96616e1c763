package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Chunk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema version 2, the Java part (after V2__compact_completions.sql added the {@code chunks} column): every
 * completion's chunk timings are re-encoded from JSON into {@link ChunkCodec}'s blob and {@code turn_answers} is
 * cleared where it only repeats the text, in batches of {@value #BATCH} rows by id; then {@code chunks_json} is
 * dropped. Runs inside the upgrade's transaction, so it is all or nothing.
 */
final class CompactCompletionsMigration implements Migrations.JavaStep {
    static final int VERSION = 2;
    static final int BATCH = 500;
    private static final TypeReference<List<Chunk>> CHUNKS = new TypeReference<>() { };

    private record Row(long id, String turnAnswers, byte[] chunks) {
    }

    @Override
    public boolean apply(Connection connection, MigrationListener listener) throws SQLException {
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM completion");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        listener.onProgress(Migrations.latestVersion(), "converting", 0, total);
        long done = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, text, turn_answers, reasoning, "
                + "chunks_json FROM completion WHERE id > ? ORDER BY id LIMIT ?");
             PreparedStatement update = connection.prepareStatement("UPDATE completion SET turn_answers = ?, "
                     + "chunks = ?, chunks_json = NULL WHERE id = ?")) {
            while (true) {
                List<Row> rows = convertBatch(select, after);
                if (rows.isEmpty()) {
                    break;
                }
                for (Row row : rows) {
                    update.setString(1, row.turnAnswers());
                    update.setBytes(2, row.chunks());
                    update.setLong(3, row.id());
                    update.addBatch();
                }
                update.executeBatch();
                done += rows.size();
                after = rows.get(rows.size() - 1).id();
                listener.onProgress(Migrations.latestVersion(), "converting", done, total);
            }
        }
        try (PreparedStatement drop = connection.prepareStatement("ALTER TABLE completion DROP COLUMN chunks_json")) {
            drop.execute();
        }
        return total > 0;
    }

    private static List<Row> convertBatch(PreparedStatement select, long after) throws SQLException {
        select.setLong(1, after);
        select.setInt(2, BATCH);
        List<Row> rows = new ArrayList<>(BATCH);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String text = rs.getString(2);
                String reasoning = rs.getString(4);
                String chunksJson = rs.getString(5);
                try {
                    List<String> answers = TurnAnswersColumn.decodeVersion1(rs.getString(3));
                    List<Chunk> chunks = chunksJson == null ? List.of() : Json.read(chunksJson, CHUNKS);
                    rows.add(new Row(id, TurnAnswersColumn.encode(text, answers),
                            ChunkCodec.encode(chunks, text, reasoning)));
                } catch (RuntimeException e) {
                    throw new SQLException("completion " + id + " cannot be converted: " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
