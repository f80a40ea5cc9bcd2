/** The office's plan-year page (office/plan.xhtml): upload a file, see what it changes, store it; download the stored one. */
package cn.jast.plan.web.plan.faces;
