/**
 * The refusals every application service answers with ({@link cn.jast.plan.web.refusal.Refusal}: not
 * found, not allowed, invalid input with its fields, refused by rules with every violation, conflict,
 * stale version), made by {@link cn.jast.plan.web.refusal.Failures}. Nothing here knows HTTP or Faces:
 * {@code web.problem} maps them to problem+json, {@code web.faces.refusal} to Faces messages.
 */
package cn.jast.plan.web.refusal;
