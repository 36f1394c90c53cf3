package dk.regeltjek.engine;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.util.function.BinaryOperator;

/**
 * Puts a deserialisation filter on every {@link java.io.ObjectInputStream} the current thread opens
 * while it reads a cache entry. A filter set on the entry's own stream is not enough: Drools reads
 * part of a package through a plain stream it opens itself ({@code JavaDialectRuntimeData.readExternal}).
 *
 * <p>This is the thread-scoped filter factory of JEP 415: installed JVM-wide once, it changes nothing
 * on threads outside {@link #read}. Java lets a factory be installed only before the JVM's first
 * object stream; when another one is in place, {@link #installed()} is false and the cache reads
 * no entries at all (it compiles).
 */
final class ThreadSerialFilter {
    /** A read of serialised objects. */
    @FunctionalInterface
    interface Read<T> {
        T read() throws IOException, ClassNotFoundException;
    }

    private static final ThreadLocal<ObjectInputFilter> CURRENT = new ThreadLocal<>();
    private static final boolean INSTALLED = install();

    private ThreadSerialFilter() {
    }

    static boolean installed() {
        return INSTALLED;
    }

    /** Runs {@code read} with {@code filter} on every object stream this thread opens meanwhile. */
    static <T> T read(ObjectInputFilter filter, Read<T> read) throws IOException, ClassNotFoundException {
        if (!INSTALLED) {
            throw new IllegalStateException("another deserialisation filter factory is installed");
        }
        CURRENT.set(filter);
        try {
            return read.read();
        } finally {
            CURRENT.remove();
        }
    }

    private static boolean install() {
        try {
            BinaryOperator<ObjectInputFilter> previous = ObjectInputFilter.Config.getSerialFilterFactory();
            ObjectInputFilter.Config.setSerialFilterFactory((current, requested) -> {
                ObjectInputFilter next = previous.apply(current, requested);
                ObjectInputFilter scoped = CURRENT.get();
                // the scoped filter is merged, so a JVM-wide filter (jdk.serialFilter) still has its say
                return scoped == null ? next : next == null ? scoped : ObjectInputFilter.merge(scoped, next);
            });
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }
}
