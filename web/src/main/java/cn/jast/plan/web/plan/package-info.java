/** The plan years known to the application, each bound once to its rule book. */
package cn.jast.plan.web.plan;
