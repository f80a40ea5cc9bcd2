/** REST resources for the audit log. */
package cn.jast.plan.web.audit.rest;
