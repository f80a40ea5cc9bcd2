/** The clock the application runs on: the real one, or a demo clock fixed or running from a configured instant. */
package cn.jast.plan.web.clock;
