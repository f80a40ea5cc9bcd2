/** Routine supervision (日常督查, IV.2) and the inspection of fund use (专项检查, IV.3): findings with evidence and their effect. */
package cn.jast.plan.domain.supervision;
