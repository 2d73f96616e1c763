package io.sidebench.logic.export;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** A growable column of primitive doubles: one metric of one model, without a boxed Double per value. */
final class DoubleColumn {
    static final DoubleColumn EMPTY = new DoubleColumn();

    private double[] values = new double[16];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    /** The values in the order they were added. */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The finite values in the order they were added. */
    double[] finite() {
        return Arrays.stream(values, 0, size).filter(Double::isFinite).toArray();
    }

    /** A read-only boxed view, for chart datasets. */
    List<Double> asList() {
        return new View();
    }

    private final class View extends AbstractList<Double> implements RandomAccess {
        @Override
        public Double get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return values[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
