/** The audit trail the application services write ({@code AuditTrail}): who did what, when, before and after. */
package cn.jast.plan.web.auditing;
