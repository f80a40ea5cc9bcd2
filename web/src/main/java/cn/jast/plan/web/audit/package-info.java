/** Application service over the hash-chained audit log, for the office. */
package cn.jast.plan.web.audit;
