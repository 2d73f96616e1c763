package io.sidebench.logic.charts;

/** One model on a trade-off chart: x is speed or cost, y is quality. */
public record TradeoffPoint(String model, double x, double y) {
}
