package io.sidebench.gui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseBundleTranslatesEveryKey() throws Exception {
        Set<String> english = new Messages(Locale.ENGLISH).bundle().keySet();
        java.util.Properties zh = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                MessagesTest.class.getResourceAsStream("/i18n/messages_zh_CN.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            zh.load(in);
        }
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(english).isNotEmpty();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(chinese.get("step.compare")).isEqualTo("对比与标注");
    }

    @Test
    void missingKeysShowUpWithoutFailingAndLocalesFallBackToEnglish() {
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.supportedLocale("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.supportedLocale("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(en.number(1234.5, 1)).isEqualTo("1,234.5");
    }

    @Test
    void recentProjectsAreMostRecentFirstAndBounded() {
        AppPreferences prefs = new AppPreferences(new MemorySettings());
        for (int i = 0; i < 10; i++) {
            prefs.addRecent(java.nio.file.Path.of("/tmp/p" + i + ".sidebench"));
        }
        prefs.addRecent(java.nio.file.Path.of("/tmp/p5.sidebench"));
        assertThat(prefs.recentProjects()).hasSize(AppPreferences.MAX_RECENT);
        assertThat(prefs.recentProjects().get(0)).hasToString("/tmp/p5.sidebench");
        assertThat(prefs.recentProjects().get(1)).hasToString("/tmp/p9.sidebench");
    }
}
