package io.sidebench.logic.prompts;

import static io.sidebench.logic.prompts.ImportTestSupport.good;
import static io.sidebench.logic.prompts.ImportTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedImportersTest {
    @TempDir
    Path dir;

    private final CsvImporter csv = new CsvImporter();
    private final TsvImporter tsv = new TsvImporter();

    @Test
    void csvWithBomCrLfQuotesNewlinesCjkAndEmoji() throws Exception {
        List<Prompt> prompts = read(csv, good("basic.csv"));
        assertThat(prompts).hasSize(3);
        Prompt first = prompts.get(0);
        assertThat(first.key()).isEqualTo("q1");
        assertThat(first.firstUserText()).isEqualTo("Say \"hi\" in Japanese");
        assertThat(first.finalReference()).isEqualTo("こんにちは");
        assertThat(first.category()).isEqualTo("language");
        assertThat(first.system()).isEqualTo("You are terse.");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("A poem,\nin two lines 🌸");
        assertThat(prompts.get(1).finalReference()).isNull();
        assertThat(prompts.get(1).system()).isNull();
        assertThat(prompts.get(2).finalReference()).isEqualTo("4");
    }

    @Test
    void semicolonCsvFromEuropeanSpreadsheetsWithMap() throws Exception {
        List<Prompt> prompts = read(csv, good("semicolon.csv"), ImportOptions.defaults()
                .withColumns(ColumnMap.parse("prompt=Frage,reference=Antwort,category=Thema")));
        assertThat(prompts).extracting(Prompt::firstUserText)
                .containsExactly("Wie heißt die Hauptstadt von Frankreich?", "Was ist 3*3?");
        assertThat(prompts.get(0).finalReference()).isEqualTo("Paris");
        assertThat(prompts.get(0).category()).isEqualTo("Geografie");
    }

    @Test
    void columnMapNamesColumnsCaseInsensitivelyAndCanDisableOne() throws Exception {
        List<Prompt> prompts = read(csv, good("mapped.csv"), ImportOptions.defaults()
                .withColumns(ColumnMap.parse("prompt=question, reference=GOLD, category=, id=No")));
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).key()).isEqualTo("7");
        assertThat(prompts.get(0).finalReference()).isEqualTo("100 °C");
        assertThat(prompts.get(0).category()).isNull();
    }

    @Test
    void numberedTurnColumnsMakeMultiTurnPrompts() throws Exception {
        List<Prompt> prompts = read(csv, good("multiturn.csv"));
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(0).turns()).containsExactly(Turn.of("Pick a number between 1 and 10."), Turn.of("Now double it."));
        assertThat(prompts.get(1).turns().get(1)).isEqualTo(new Turn("Translate it into Chinese.", "雨"));
        assertThat(prompts.get(2).turns()).containsExactly(new Turn("Only one turn here.", "ok"));
    }

    @Test
    void templatesExpandFromOtherColumns() throws Exception {
        List<Prompt> prompts = read(csv, good("template.csv"));
        assertThat(prompts.get(0).firstUserText()).isEqualTo("Translate \"good morning\" into French in a formal tone.");
        assertThat(prompts.get(0).variables()).isEqualTo(Map.of("language", "French", "tone", "formal"));
        assertThat(prompts.get(1).firstUserText()).isEqualTo("Say thanks in 中文.");
        assertThat(prompts.get(1).variables()).containsOnlyKeys("language");
    }

    @Test
    void variablesTableExpandsEachTemplateOncePerRow() throws Exception {
        VariablesTable table = new VariablesTableReader(new FormatDetector()).read(good("vars-table.csv"));
        List<Prompt> prompts = read(csv, good("needs-table.csv"), ImportOptions.defaults().withVariables(table));
        assertThat(prompts).extracting(Prompt::key).containsExactly("g1#1", "g1#2", "g1#3", "g2");
        assertThat(prompts).extracting(Prompt::firstUserText).containsExactly("Greet the user in French.",
                "Greet the user in Swahili.", "Greet the user in 日本語.", "No template here.");
    }

    @Test
    void tsvWithQuotedTabs() throws Exception {
        List<Prompt> prompts = read(tsv, good("basic.tsv"));
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).finalReference()).isEqualTo("東京");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("Quoted\ttab\tinside");
    }

    @Test
    void fewerFieldsThanHeaderAreEmptyAndTrailingEmptyFieldsAreTolerated() throws Exception {
        Path f = Files.writeString(dir.resolve("short.csv"), "prompt,reference,category\nhello\nbye,x,y,,\n");
        List<Prompt> prompts = read(csv, f);
        assertThat(prompts).extracting(Prompt::firstUserText).containsExactly("hello", "bye");
        assertThat(prompts.get(0).finalReference()).isNull();
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayTrue() throws Exception {
        Path f = Files.writeString(dir.resolve("gaps.csv"), "prompt\n\nfirst\n\n\n\"multi\nline\"\n\n,\n"); // the empty prompt is on line 9
        assertThatThrownBy(() -> read(csv, f)).isInstanceOf(ImportException.class)
                .hasMessage(f + ":9:1: empty prompt in column 'prompt'");
    }

    @Test
    void overlongFieldInQuotesIsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("long.csv");
        Files.writeString(f, "prompt\nok\n\"" + "line\n".repeat(200) + "\"\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(csv, f, ImportOptions.defaults().withMaxLineChars(500)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(f + ":3: field is longer than 500");
    }
}
