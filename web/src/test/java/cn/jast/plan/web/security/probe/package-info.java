/** Test-only: accounts with known passwords and a resource per role, deployed by SecurityIT only. */
package cn.jast.plan.web.security.probe;
