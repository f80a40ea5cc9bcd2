/** Time in the plan: the submission window in the plan's zone, working days with holidays and make-up days, and publicity periods. */
package cn.jast.plan.domain.calendar;
