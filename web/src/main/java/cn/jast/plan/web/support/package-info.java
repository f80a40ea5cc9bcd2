/**
 * Web infrastructure shared by every feature: the clock, problem+json errors, request body limits, health checks and the database.
 */
package cn.jast.plan.web.support;
