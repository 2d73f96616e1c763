package io.sidebench.logic.prompts;

/**
 * How an import speaks to whoever started it: errors say how to fix them in that place's words (the CLI
 * names its options {@code --format}, {@code --map}, {@code --name}; the desktop app names its boxes), and
 * the columns found are told back so the app can offer them in its column editor.
 */
public interface ImportHints {
    /** The CLI's words. */
    ImportHints CLI = new ImportHints() {
        @Override
        public String chooseFormat(String formatNames) {
            return "use --format with one of " + formatNames;
        }

        @Override
        public String choosePromptColumn(boolean tabular) {
            return tabular ? "name one with --map prompt=COLUMN" : "name one with --map prompt=FIELD";
        }

        @Override
        public String chosenAs(PromptField field, String column) {
            return "from --map " + field.mapName() + "=" + column;
        }

        @Override
        public String chooseSetName() {
            return "choose another name with --name";
        }
    };

    /** After "cannot tell the format of the file; ". */
    String chooseFormat(String formatNames);

    /** After "no prompt column (looked for ...); the columns are ...; ". */
    String choosePromptColumn(boolean tabular);

    /** In "no column 'x' (...)": where the choice of that column came from. */
    String chosenAs(PromptField field, String column);

    /** After "the project already has a prompt set named 'x'; ". */
    String chooseSetName();

    /** The column (or record field) names a file turned out to have; told as they are read. */
    default void columnsFound(java.util.List<String> names) {
    }
}
