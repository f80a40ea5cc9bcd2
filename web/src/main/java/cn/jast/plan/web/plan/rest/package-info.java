/**
 * REST resources about the plan itself, under {@code /api/v1}.
 */
package cn.jast.plan.web.plan.rest;
