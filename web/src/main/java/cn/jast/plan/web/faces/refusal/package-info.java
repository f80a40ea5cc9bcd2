/**
 * The base of the pages' error handling: a service's refusal as Faces messages beside the fields they
 * name ({@link cn.jast.plan.web.faces.refusal.RefusalMessages}).
 */
package cn.jast.plan.web.faces.refusal;
