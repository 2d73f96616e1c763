package io.sidebench.logic.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic sample data for chart tests and previews. */
final class ChartSamples {
    static final List<String> MODELS = List.of("qwen2.5-7b", "deepseek-chat", "通义千问-max", "<b>baseline</b>");

    private ChartSamples() {
    }

    static List<ModelSample> latencies(long seed) {
        Random random = new Random(seed);
        List<ModelSample> out = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                values.add(Math.exp(6 + 0.4 * m + 0.5 * random.nextGaussian()));
            }
            out.add(new ModelSample(MODELS.get(m), values));
        }
        return out;
    }

    static List<ModelSample> scores(long seed) {
        Random random = new Random(seed);
        List<ModelSample> out = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                values.add(Math.max(0, Math.min(1, 0.45 + 0.1 * m + 0.15 * random.nextGaussian())));
            }
            out.add(new ModelSample(MODELS.get(m), values));
        }
        return out;
    }

    static List<Estimate> perModel(double base, double step) {
        List<Estimate> out = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            double v = base + step * m;
            out.add(Estimate.of(MODELS.get(m), v, v * 0.9, v * 1.12));
        }
        return out;
    }

    static List<Estimate> perCategory() {
        List<Estimate> out = new ArrayList<>();
        String[] categories = {"billing", "shipping", "退款", "account"};
        for (int m = 0; m < MODELS.size(); m++) {
            for (int c = 0; c < categories.length; c++) {
                double v = 0.4 + 0.08 * m + 0.05 * c;
                out.add(new Estimate(MODELS.get(m), categories[c], v, v - 0.06, v + 0.05));
            }
        }
        return out;
    }

    static WinRates winRates() {
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < MODELS.size(); i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < MODELS.size(); j++) {
                row.add(i == j ? null : 0.5 + 0.15 * (i - j));
            }
            rates.add(row);
        }
        return new WinRates(MODELS, rates);
    }

    static List<TradeoffPoint> tradeoffs() {
        return List.of(new TradeoffPoint(MODELS.get(0), 0.8, 0.55), new TradeoffPoint(MODELS.get(1), 2.4, 0.72),
                new TradeoffPoint(MODELS.get(2), 6.0, 0.70), new TradeoffPoint(MODELS.get(3), 0.3, 0.31));
    }
}
