/** The append-only audit log (who, what, when, before/after), hash-chained, with a verification that names the first broken link. */
package cn.jast.plan.persistence.audit;
