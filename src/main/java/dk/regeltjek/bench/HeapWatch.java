package dk.regeltjek.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a phase needed. {@code peak} is the most the heap held, garbage included (it grows
 * towards -Xmx however little is live); {@code liveAfterGc} is the most it still held right after
 * a full collection — what the phase really keeps, and what shows whether memory grows with the
 * input (0 when no full collection happened during the phase).
 */
final class HeapWatch implements AutoCloseable {
    /** The two figures, in bytes. */
    record Heap(long peak, long liveAfterGc) {
        String describe() {
            return "peak heap " + Benchmark.mib(peak)
                    + (liveAfterGc > 0 ? ", at most " + Benchmark.mib(liveAfterGc) + " live after a full GC" : "");
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final java.util.Set<String> poolNames = new java.util.HashSet<>(pools.stream().map(MemoryPoolMXBean::getName).toList());
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    /** Collects first, so the phase starts from what is live, and watches the full collections after. */
    HeapWatch() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (info.getGcAction().contains("major")) { // after a minor one, old garbage still counts as used
                long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> poolNames.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                liveAfterGc.accumulateAndGet(live, Math::max);
            }
        }
    }

    /** What the phase needed so far. */
    Heap heap() {
        return new Heap(pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(), liveAfterGc.get());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
