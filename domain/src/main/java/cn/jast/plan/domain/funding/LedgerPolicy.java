package cn.jast.plan.domain.funding;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.Optional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * Who books what in a project's ledger, and when (II.1, IV.3): the society keeps its project's planned and
 * actual expenses (项目单位须建立专项资金管理制度……单独核算); funds received are booked by the office, and only
 * for a project that is funded (考核合格……其它项目在下一年度适当予以资助), so that no money shows on a project
 * that gets none.
 */
public final class LedgerPolicy {
    /** Who is booking. */
    public enum Booker { SOCIETY, OFFICE }

    private LedgerPolicy() {
    }

    /** Empty when the booking is allowed; otherwise why not, and whether it is a matter of role (true) or state. */
    public static Optional<Refusal> refusal(LedgerEntry.Kind kind, Booker by, ApplicationState state) {
        if (kind == LedgerEntry.Kind.FUNDS_RECEIVED) {
            if (by != Booker.OFFICE) {
                return Optional.of(new Refusal(true, LocalizedText.of("资助资金的到账由省科协登记，学会只登记预算和实际支出",
                        "Funds received are booked by the office; a society books planned and actual expenses only.")));
            }
            if (state != FUNDED) {
                return Optional.of(new Refusal(false, LocalizedText.of("只有获得资助的项目才能登记资助资金到账（当前状态：" + state + "）",
                        "Funds are booked only for a funded project; this one is " + state + ".")));
            }
            return Optional.empty();
        }
        if (by != Booker.SOCIETY) {
            return Optional.of(new Refusal(true, LocalizedText.of("项目支出由项目单位（学会）登记",
                    "Planned and actual expenses are booked by the project's society.")));
        }
        if (!state.isProject()) {
            return Optional.of(new Refusal(false, LocalizedText.of("台账只为已立项的项目设立（当前状态：" + state + "）",
                    "A ledger is kept for approved projects; this application is " + state + ".")));
        }
        return Optional.empty();
    }

    /** Why a booking is refused: {@code byRole} when another actor may book it, otherwise the project's state. */
    public record Refusal(boolean byRole, LocalizedText reason) {
    }
}
