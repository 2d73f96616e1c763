package io.sidebench.gui.analyse;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.MetricChoice;
import io.sidebench.logic.stats.SpeedMetric;
import io.sidebench.logic.stats.Summary;
import java.util.Locale;

/**
 * How a leaderboard metric id is named and its figures written in the GUI: {@code human:NAME} as the
 * dimension with its scale, {@code human:overall} with its stated normalisation, {@code bt:*} as
 * Bradley–Terry ratings; automatic scores keep their ids (the same ids {@code stats --metric} takes).
 */
public final class MetricLabels {
    private final Messages messages;
    private final JudgmentReport judgment;

    public MetricLabels(Messages messages, JudgmentReport judgment) {
        this.messages = messages;
        this.judgment = judgment;
    }

    public String label(String metric) {
        if (metric == null) {
            return "";
        }
        if (metric.equals(HumanRatings.OVERALL)) {
            return messages.get("metric.overall");
        }
        if (metric.equals(MetricChoice.BT_HUMAN)) {
            return messages.get("metric.btHuman");
        }
        if (metric.equals(MetricChoice.BT_JUDGE)) {
            return messages.get("metric.btJudge");
        }
        if (metric.startsWith(HumanRatings.PREFIX)) {
            String name = metric.substring(HumanRatings.PREFIX.length());
            String scale = judgment == null ? "" : judgment.ratings().dimensions().stream()
                    .filter(d -> d.name().equals(name)).findFirst().map(HumanRatings.Dimension::scaleLabel).orElse("");
            return messages.format("metric.human", name, scale);
        }
        return metric;
    }

    /** "0.742 [0.701, 0.780]"; Elo ratings without decimals, speed figures with one; "–" without a value. */
    public static String value(String metric, Summary s) {
        if (s == null || s.mean() == null || s.mean().isNaN()) {
            return "–";
        }
        int decimals = metric.startsWith("bt:") ? 0 : SpeedMetric.byId(metric) != null ? 1 : 3;
        String f = "%." + decimals + "f";
        if (!s.hasInterval()) {
            return String.format(Locale.ROOT, f, s.mean());
        }
        return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", s.mean(), s.ciLow(), s.ciHigh());
    }
}
