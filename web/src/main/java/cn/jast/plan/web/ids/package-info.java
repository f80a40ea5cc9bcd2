/** The ids the services give what they make: random ones, one seam for a deployment that names its own. */
package cn.jast.plan.web.ids;
