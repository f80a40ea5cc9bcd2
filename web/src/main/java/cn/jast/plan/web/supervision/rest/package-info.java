/** REST resources of inspections of projects. */
package cn.jast.plan.web.supervision.rest;
