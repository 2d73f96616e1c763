package io.sidebench.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL goes only through prepared statements with bound values. Two parts: (1) an ArchUnit rule keeps
 * {@code java.sql} inside {@code io.sidebench.logic.store}, so that package is the only place to check; (2) a
 * source scan of every SQL string passed to {@code prepareStatement}/{@code execute...}/{@code addBatch} (and to
 * the store's own helpers taking {@code String sql}) proves each one is built from string literals and string
 * constants only: a value can reach SQL only as a bound {@code ?} parameter. The statements that cannot
 * take parameters (the migration scripts read from the jar, {@code PRAGMA user_version = <int>} and the disk-full
 * test hook's {@code PRAGMA max_page_count = <int>}) are listed
 * with their reason; the list may not go stale.
 */
class SqlOnlyThroughPreparedStatementsTest {
    private static final Path STORE = Path.of("src/main/java/io/sidebench/logic/store");
    private static final Set<String> SINKS = Set.of("prepareStatement", "prepareCall", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "execute", "addBatch", "nativeSQL");
    /** file name + argument text -> why it is safe. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("Migrations.java|sql", "statements of the migration scripts bundled in the jar (V*__*.sql), no user data"),
            Map.entry("Migrations.java|\"PRAGMA user_version = \" + version", "PRAGMA takes no parameters; version is an int"),
            Map.entry("SqliteProjectStore.java|\"PRAGMA max_page_count = \" + (pages + Math.max(0, spare))",
            "PRAGMA takes no parameters; an int read from PRAGMA page_count plus an Integer system property (test hook)"),
            Map.entry("JdbcGridRepository.java|promptLines", "string constants around the store's JSON expression, "
                    + "a literal per database (firstUserTurnSql of a literal column name)"),
            Map.entry("PostgresProjectStore.java|\"CREATE SCHEMA \" + quote(schema)", "identifier: the schema name is sidebench_ + a project name checked against [A-Za-z][A-Za-z0-9_]* (ProjectLocation), quoted"),
            Map.entry("PostgresProjectStore.java|\"SET LOCAL search_path TO \" + quote(schema)", "identifier: the schema name is sidebench_ + a project name checked against [A-Za-z][A-Za-z0-9_]* (ProjectLocation), quoted"),
            Map.entry("PostgresProjectStore.java|\"DROP SCHEMA \" + quote(schemaName(location())) + \" CASCADE\"", "identifier: the schema name is sidebench_ + a project name checked against [A-Za-z][A-Za-z0-9_]* (ProjectLocation), quoted"),
            Map.entry("PostgresProjectStore.java|\"SELECT setval(pg_get_serial_sequence('\" + table + \"', 'id'), "
                    + "coalesce(max(id), 0) + 1, false) \" + \"FROM \" + table", "identifier: a table name from the constant list ProjectCopy.TABLES / a literal list, no user data"),
            Map.entry("PostgresProjectStore.java|\"SELECT count(*) FROM \" + table", "identifier: a table name from the constant list ProjectCopy.TABLES / a literal list, no user data"),
            Map.entry("ProjectCopy.java|\"SELECT * FROM \" + table + \" ORDER BY \" + ORDER.get(table)",
                    "identifier: a table name from the constant list ProjectCopy.TABLES / a literal list, no user data; ORDER holds a constant key per table"),
            Map.entry("ProjectCopy.java|insert", "identifier: a table name from the constant list ProjectCopy.TABLES / a literal list, no user data; column names read from the source's result set metadata of those "
                    + "tables (the schema's own columns), values bound as ?"));
    private static final Pattern HELPER = Pattern.compile(
            "(?:private|static|final|\\s)+[\\w<>, ?\\[\\]]+\\s+(\\w+)\\s*\\(\\s*String\\s+sql\\b");
    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+(?:String|int|long)\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(.*?);", Pattern.DOTALL);
    private static final Pattern PLACEHOLDERS = Pattern.compile(
            "String\\.join\\(\\s*\"[, ]*\"\\s*,\\s*(?:java\\.util\\.)?Collections\\.nCopies\\([^,()]+(?:\\([^()]*\\))?\\s*,\\s*\"\\?\"\\s*\\)\\s*\\)");
    private static final Pattern LOCAL = Pattern.compile("\\bString\\s+([a-z]\\w*)\\s*=\\s*(.*?);", Pattern.DOTALL);

    @Test
    void jdbcIsUsedOnlyInTheStorePackage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sidebench");
        noClasses().that().resideOutsideOfPackage("io.sidebench.logic.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void everySqlStringIsBuiltFromLiteralsAndConstantsOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> allowedSeen = new HashSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(STORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String src = stripComments(Files.readString(file, StandardCharsets.UTF_8));
                if (!src.contains("java.sql")) {
                    continue;
                }
                String name = file.getFileName().toString();
                Set<String> sinks = new HashSet<>(SINKS);
                Matcher h = HELPER.matcher(src);
                while (h.find()) {
                    if (!Set.of("for", "while", "if", "catch", "switch", "synchronized").contains(h.group(1))) {
                        sinks.add(h.group(1));
                    }
                }
                Map<String, String> constants = new HashMap<>();
                Matcher c = CONSTANT.matcher(src);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
                Map<String, String> locals = new HashMap<>();
                Matcher l = LOCAL.matcher(src);
                while (l.find()) {
                    locals.put(l.group(1), l.group(2));
                }
                for (String arg : sinkArguments(src, sinks)) {
                    checked++;
                    String key = name + "|" + arg.replaceAll("\\s+", " ").trim();
                    if (ALLOWED.containsKey(key)) {
                        allowedSeen.add(key);
                        continue;
                    }
                    String why = unsafePart(arg, constants, locals, 0);
                    if (why != null) {
                        violations.add(name + ": SQL built from '" + why + "' in: " + arg.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(checked).as("SQL statements found").isGreaterThan(40);
        assertThat(violations).isEmpty();
        assertThat(allowedSeen).as("allow-list entries still present").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void theScannerCatchesStringBuiltSql() {
        String src = "class X { void f(Connection c, String name) { c.prepareStatement(\"SELECT * FROM t WHERE n = '\" + name + \"'\"); "
                + "c.createStatement().executeQuery(String.format(\"SELECT %s\", name)); } }";
        List<String> args = sinkArguments(src, SINKS);
        assertThat(args).hasSize(2);
        assertThat(args).allSatisfy(a -> assertThat(unsafePart(a, Map.of(), Map.of(), 0)).isNotNull());
        assertThat(unsafePart("\"SELECT \" + COLUMNS + \" FROM t WHERE id = ?\"", Map.of("COLUMNS", "\"a, b\""),
                Map.of(), 0)).isNull();
        assertThat(unsafePart("\"SELECT \" + cols", Map.of(), Map.of("cols", "flag ? \", x\" : \"\""), 0)).isNull();
        assertThat(unsafePart("\"SELECT \" + cols", Map.of(), Map.of("cols", "userInput.trim()"), 0)).isNotNull();
        assertThat(unsafePart("\"IN (\" + marks + \")\"", Map.of(),
                Map.of("marks", "String.join(\", \", java.util.Collections.nCopies(ids.size(), \"?\"))"), 0)).isNull();
        assertThat(unsafePart("\"IN (\" + marks + \")\"", Map.of(),
                Map.of("marks", "String.join(\", \", ids)"), 0)).isNotNull();
    }

    /** The first argument of every call to one of {@code sinks} (declarations excluded). */
    static List<String> sinkArguments(String src, Set<String> sinks) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(\\w+)\\s*\\(").matcher(src);
        while (m.find()) {
            if (!sinks.contains(m.group(1))) {
                continue;
            }
            String before = src.substring(Math.max(0, m.start() - 40), m.start());
            if (before.matches("(?s).*\\b(?:void|int|boolean|String|List<[\\w<>]+>|long)\\s+$")
                    || before.matches("(?s).*>\\s+$")) {
                continue; // a declaration of the helper itself
            }
            String arg = firstArgument(src, m.end());
            if (!arg.isBlank()) {
                out.add(arg.trim());
            }
        }
        return out;
    }

    private static String firstArgument(String src, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            if (ch == '"') {
                inString = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (depth == 0) {
                    return src.substring(from, i);
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                return src.substring(from, i);
            }
        }
        return src.substring(from);
    }

    /** The first part of {@code expr} that is not a literal, a constant or a constant local; null when safe. */
    static String unsafePart(String expr, Map<String, String> constants, Map<String, String> locals, int depth) {
        if (depth > 5) {
            return expr;
        }
        String rest = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ");
        // a ternary's condition only chooses between safe strings
        rest = rest.replaceAll("\\b[a-z]\\w*\\s*\\?", " ? ");
        Matcher word = Pattern.compile("[A-Za-z_][\\w.]*").matcher(rest);
        while (word.find()) {
            String w = word.group();
            int after = word.end();
            while (after < rest.length() && rest.charAt(after) == ' ') {
                after++;
            }
            if (after < rest.length() && rest.charAt(after) == '(') {
                return w + "(...)"; // a method call's result
            }
            if (w.equals("sql")) {
                continue; // a helper's own parameter: its callers are checked as sinks
            }
            String simple = w.contains(".") ? w.substring(w.lastIndexOf('.') + 1) : w;
            if (w.contains(".") && simple.matches("[A-Z][A-Z0-9_]*")) {
                continue; // another class's constant
            }
            if (constants.containsKey(w)) {
                String why = unsafePart(constants.get(w), constants, locals, depth + 1);
                if (why != null) {
                    return why;
                }
                continue;
            }
            if (locals.containsKey(w) && PLACEHOLDERS.matcher(locals.get(w).trim()).matches()) {
                continue; // "?, ?, ?": a list of bind markers, one per bound value
            }
            if (locals.containsKey(w)) {
                String why = unsafePart(locals.get(w), constants, locals, depth + 1);
                if (why != null) {
                    return why;
                }
                continue;
            }
            return w;
        }
        String symbols = rest.replaceAll("[\\s+()?:]", "");
        return symbols.replaceAll("[A-Za-z_][\\w.]*", "").isEmpty() ? null : symbols;
    }

    private static String stripComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ").replaceAll("(?m)\\s//[^\"\\n]*$", " ");
    }
}
