/**
 * The demo of the one-command start ({@code DemoData}): societies, accounts and applications of plan year
 * 2021 in every lifecycle state. Only in the demo WAR (the {@code demo} module, an overlay of the web WAR).
 */
package cn.jast.plan.demo;
