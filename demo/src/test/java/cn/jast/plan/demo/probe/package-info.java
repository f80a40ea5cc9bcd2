/**
 * Test-only: a configuration source that turns the demo seeding on, and a resource that reports what the demo seeded and seeds again, for {@code DemoDataIT}.
 */
package cn.jast.plan.demo.probe;
