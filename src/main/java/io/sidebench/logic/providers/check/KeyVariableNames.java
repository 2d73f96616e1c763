package io.sidebench.logic.providers.check;

/** Tells a key variable's NAME from a key pasted in its place, without ever repeating the value. */
public final class KeyVariableNames {
    private KeyVariableNames() {
    }

    /** True for names like OPENAI_API_KEY; false for anything shaped like a secret or not a variable name. */
    public static boolean isVariableName(String text) {
        if (text == null) {
            return false;
        }
        boolean nameShaped = text.matches("[A-Za-z_][A-Za-z0-9_]*") && text.length() <= 64;
        boolean secretShaped = text.length() >= 20 && text.chars().anyMatch(Character::isDigit)
                && text.chars().anyMatch(Character::isLowerCase) && text.chars().anyMatch(Character::isUpperCase);
        return nameShaped && !secretShaped;
    }
}
