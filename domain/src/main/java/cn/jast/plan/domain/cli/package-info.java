/** The domain jar's command line: {@code java -jar jast-plan-domain.jar [plan-year file]} prints what a plan year holds. */
package cn.jast.plan.domain.cli;
