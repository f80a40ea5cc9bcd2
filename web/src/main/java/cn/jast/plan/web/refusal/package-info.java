/** The refusals every application service answers with (not found, not allowed, invalid input, conflict, ...). */
package cn.jast.plan.web.refusal;
