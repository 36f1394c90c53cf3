package dk.regeltjek.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a phase needed. {@code peak} is the most the heap held at once, garbage included (it
 * grows towards -Xmx however little is live): the heap only shrinks in a collection, so its
 * maximum is what it held right before one, or at the end. {@code liveAfterGc} is the most it
 * still held right after a full collection — what the phase really keeps, and what shows whether
 * memory grows with the input (0 when no full collection happened during the phase).
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
    private final Set<String> poolNames = Set.copyOf(pools.stream().map(MemoryPoolMXBean::getName).toList());
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    /** Collects first, so the phase starts from what is live, and watches the full collections after. */
    HeapWatch() {
        System.gc();
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
            beforeGc.accumulateAndGet(heapIn(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
            if (info.getGcAction().contains("major")) { // after a minor one, old garbage still counts as used
                liveAfterGc.accumulateAndGet(heapIn(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }
        }
    }

    private long heapIn(Map<String, MemoryUsage> usage) {
        return usage.entrySet().stream().filter(e -> poolNames.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** What the phase needed so far. */
    Heap heap() {
        long now = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        return new Heap(Math.max(beforeGc.get(), now), liveAfterGc.get());
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
