package cn.gov.zhangping.fertility.indicator.dashboard.domain;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Tells the open dashboards that the figures changed, once the change is committed (a birth event, a population
 * year, an approved report). The message names only what kind of change it was, never a person or a figure: each page
 * reads the figures again through the API with its own rights, so a public page never receives unsuppressed numbers.
 */
@ApplicationScoped
public class LiveUpdates {

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndicatorsChanged change) {
        changes.onNext(change.what());
    }

    /** The changes from now on, with a heartbeat every 20 s so that proxies keep the connection open. */
    public Multi<String> stream() {
        Multi<String> heartbeat = Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(t -> "heartbeat");
        return Multi.createBy().merging().streams(changes, heartbeat);
    }
}
