/** MicroProfile Health: liveness ({@code /health/live}) and readiness ({@code /health/ready}: the clock and the database). */
package cn.jast.plan.web.health;
