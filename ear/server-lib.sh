# Shared steps of ear/deploy-check and ear/upgrade-check (sourced, not run): a full server's ports, its zip
# from Maven Central, and domain1 moved onto loopback and those ports. The caller sets base (the port base).
#
# Ports: HTTP base+0, HTTPS +1, admin +10, JMS +12, IIOP +13..+15, JMX +16, OSGi shell +17, debugger +18,
# the database +19.
http=$base https=$((base + 1)) admin=$((base + 10)) jms=$((base + 12)) iiop=$((base + 13))
iiop_ssl=$((base + 14)) iiop_mutual=$((base + 15)) jmx=$((base + 16)) osgi=$((base + 17))
debug=$((base + 18)) dbport=$((base + 19))

fetch() { # groupId artifactId version -> path of the zip in the local repository
  local path=~/.m2/repository/${1//.//}/$2/$3/$2-$3.zip
  if [ ! -f "$path" ]; then
    mvn -B -q dependency:get -Dartifact="$1:$2:$3:zip" -Dtransitive=false >/dev/null
  fi
  printf '%s' "$path"
}

m2jar() { printf '%s' ~/.m2/repository/${1//.//}/$2/$3/$2-$3.jar; }

# Moves domain1 to loopback and our ports (the shipped domain.xml names literal default ports).
configure_domain() {
  local xml=$1
  sed -i \
    -e "s/port=\"8080\"/port=\"$http\"/; s/port=\"8181\"/port=\"$https\"/; s/port=\"4848\"/port=\"$admin\"/" \
    -e "s/port=\"3700\"/port=\"$iiop\"/; s/port=\"3820\"/port=\"$iiop_ssl\"/; s/port=\"3920\"/port=\"$iiop_mutual\"/" \
    -e "s/port=\"8686\"/port=\"$jmx\"/; s/port=\"7676\"/port=\"$jms\"/" \
    -e "s/address=9009/address=127.0.0.1:$debug/; s/osgi.shell.telnet.port=6666/osgi.shell.telnet.port=$osgi/" \
    -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener \(port="[0-9]*"\)/<network-listener address="127.0.0.1" \1/' \
    "$xml"
  # The JMS broker is started lazily and binds its port only when used; the EAR uses none.
  # Payara's Hazelcast (web sessions, caches) would listen on all interfaces: a single server needs none.
  sed -i 's|<hazelcast-config-specific-configuration>|<hazelcast-config-specific-configuration enabled="false">|' "$xml"
  sed -i 's|<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>|<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>|' "$xml"
}

