package io.sidebench.gui.core;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.Zoomable;
import org.jfree.data.Range;

/**
 * A chart on a scrolling page: the mouse wheel scrolls the page (JFreeChart's wheel zoom is removed), Ctrl
 * (Cmd) + wheel or dragging a rectangle zooms, and a visible "Reset zoom" button or a double-click puts every
 * axis back to the range it was drawn with.
 */
public final class InteractiveChart extends StackPane {
    /** Zoom per wheel notch with the modifier held: 10 %. */
    static final double ZOOM_STEP = 0.9;

    private final ChartViewer viewer;
    private final List<AxisState> axes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(this, "zoomed");

    private record AxisState(ValueAxis axis, boolean auto, Range range) {
    }

    /** @param resetText the reset button's text; @param hint its tooltip (how to zoom) */
    public InteractiveChart(JFreeChart chart, String resetText, String hint) {
        viewer = new ChartViewer(chart);
        viewer.setMinSize(0, 0);
        ChartCanvas canvas = viewer.getCanvas();
        MouseHandlerFX wheel = canvas.getMouseHandler("scroll");
        if (wheel != null) {
            canvas.removeAuxiliaryMouseHandler(wheel);
        }
        for (ValueAxis axis : valueAxes(chart.getPlot())) {
            axes.add(new AxisState(axis, axis.isAutoRange(), axis.getRange()));
        }
        viewer.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                zoom(e.getX(), e.getY(), e.getDeltaY());
                e.consume();
            }
        });
        viewer.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset();
                e.consume();
            }
        });
        chart.addChangeListener(e -> zoomed.set(isZoomedNow()));
        Button reset = new Button(resetText);
        reset.getStyleClass().addAll("chart-reset", "small");
        reset.setTooltip(new Tooltip(hint));
        reset.setFocusTraversable(false);
        reset.visibleProperty().bind(zoomed);
        reset.setOnAction(e -> reset());
        setAlignment(reset, Pos.TOP_RIGHT);
        getChildren().addAll(viewer, reset);
        getStyleClass().add("interactive-chart");
        Tooltip.install(viewer, new Tooltip(hint));
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** Whether any axis shows another range than the one it was drawn with. */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** Zooms in (delta &gt; 0) or out by one step around the point (x, y) of the chart. */
    public void zoom(double x, double y, double delta) {
        Plot plot = viewer.getChart().getPlot();
        if (!(plot instanceof Zoomable zoomable) || delta == 0) {
            return;
        }
        PlotRenderingInfo info = viewer.getRenderingInfo() == null ? null : viewer.getRenderingInfo().getPlotInfo();
        if (info == null) {
            return;
        }
        double factor = delta > 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
        Point2D anchor = new Point2D.Double(x, y);
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        if (zoomable.isDomainZoomable()) {
            zoomable.zoomDomainAxes(factor, info, anchor, true);
        }
        if (zoomable.isRangeZoomable()) {
            zoomable.zoomRangeAxes(factor, info, anchor, true);
        }
        plot.setNotify(notify);
    }

    /** Puts every axis back to the range the chart was drawn with. */
    public void reset() {
        Plot plot = viewer.getChart().getPlot();
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        for (AxisState s : axes) {
            if (s.auto()) {
                s.axis().setAutoRange(true);
            } else {
                s.axis().setRange(s.range());
            }
        }
        plot.setNotify(notify);
        zoomed.set(isZoomedNow());
    }

    private boolean isZoomedNow() {
        for (AxisState s : axes) {
            if (s.auto() ? !s.axis().isAutoRange() : !s.axis().getRange().equals(s.range())) {
                return true;
            }
        }
        return false;
    }

    static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                if (xy.getDomainAxis(i) != null) {
                    out.add(xy.getDomainAxis(i));
                }
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                if (xy.getRangeAxis(i) != null) {
                    out.add(xy.getRangeAxis(i));
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                if (cat.getRangeAxis(i) != null) {
                    out.add(cat.getRangeAxis(i));
                }
            }
        }
        return out;
    }
}
