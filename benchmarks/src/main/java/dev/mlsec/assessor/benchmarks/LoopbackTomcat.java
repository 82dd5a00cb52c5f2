package dev.mlsec.assessor.benchmarks;

import jakarta.servlet.Servlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/** An embedded Tomcat on a free loopback port, serving the servlets it is given. */
final class LoopbackTomcat implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final Connector connector = new Connector();
    private final Context context;

    /** @param connectorProperties Tomcat connector settings beyond the defaults, e.g. {@code maxThreads} */
    LoopbackTomcat(String name, Map<String, String> connectorProperties) throws Exception {
        Path base = Files.createTempDirectory("mlsec-bench-" + name);
        tomcat.setBaseDir(base.toString());
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connectorProperties.forEach(connector::setProperty);
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        context = tomcat.addContext("", base.toString());
    }

    LoopbackTomcat serve(String path, String name, Servlet servlet) {
        Tomcat.addServlet(context, name, servlet);
        context.addServletMappingDecoded(path, name);
        return this;
    }

    /** Starts serving; returns the port. */
    int start() throws Exception {
        tomcat.start();
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
