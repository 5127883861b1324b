package be.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseStockPolicyTest extends ReplenishmentPolicyContract {

    @Override
    ReplenishmentPolicy createPolicy() {
        return new BaseStockPolicy(300);
    }

    @Test
    void orders_the_gap_to_the_base_stock() {
        // 300 − (90 + 190) = 20.
        assertThat(new BaseStockPolicy(300).orderUnits(0, 90, 190)).isEqualTo(20.0);
        assertThat(new BaseStockPolicy(300).orderUnits(0, 290, 190)).isZero();
    }

    @Test
    void keeps_the_starting_position_of_stock_plus_a_full_pipeline() {
        // 100 on hand + 0.5 × 10 × 20 + 0.5 × 10 × 20 = 300.
        assertThat(BaseStockPolicy.keepingStartingPosition(HandCheckedParts.dualSourced(100, null, 0), 10)
                .baseStockUnits()).isEqualTo(300.0);
    }
}
