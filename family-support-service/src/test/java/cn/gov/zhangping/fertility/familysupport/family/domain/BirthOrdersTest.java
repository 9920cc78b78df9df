package cn.gov.zhangping.fertility.familysupport.family.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BirthOrdersTest {

    static BirthOrders.Child child(String born, int position) {
        return new BirthOrders.Child(UUID.randomUUID(), LocalDate.parse(born), position);
    }

    @Test
    void aDeclaredOlderSiblingComesFirstWhateverTheOrderTheyBecameKnown() {
        var registered = child("2026-11-20", 1);
        var declaredLater = child("2019-05-02", 2);
        assertThat(BirthOrders.of(List.of(registered, declaredLater)))
                .containsEntry(declaredLater.id(), 1).containsEntry(registered.id(), 2);
    }

    @Test
    void twinsTakeConsecutiveOrdersInRegistrationOrder() {
        var first = child("2018-01-01", 1);
        var twinRegisteredSecond = child("2026-11-20", 3);
        var twinRegisteredFirst = child("2026-11-20", 2);
        assertThat(BirthOrders.of(List.of(first, twinRegisteredSecond, twinRegisteredFirst)))
                .containsEntry(first.id(), 1).containsEntry(twinRegisteredFirst.id(), 2)
                .containsEntry(twinRegisteredSecond.id(), 3);
    }

    @Test
    void anOnlyChildIsTheFirst() {
        var only = child("2026-11-20", 1);
        assertThat(BirthOrders.of(List.of(only))).containsExactly(java.util.Map.entry(only.id(), 1));
    }
}
