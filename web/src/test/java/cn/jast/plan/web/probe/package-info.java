/**
 * Test-only resources that provoke each kind of error, deployed beside the real WAR by the integration tests.
 */
package cn.jast.plan.web.probe;
