package fr.referentcpts;

import java.util.function.Supplier;

/** A value computed on first use, once, whichever thread asks first; then kept. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                }
                loaded = value;
            }
        }
        return loaded;
    }
}
