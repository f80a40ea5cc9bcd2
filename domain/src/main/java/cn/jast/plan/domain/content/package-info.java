/**
 * What an application (申报书) declares: its content (category, sub-project, events, served units,
 * attachments, the society's other applications). The rules read it and the lifecycle carries it; it
 * depends on the plan year's vocabulary only.
 */
package cn.jast.plan.domain.content;
