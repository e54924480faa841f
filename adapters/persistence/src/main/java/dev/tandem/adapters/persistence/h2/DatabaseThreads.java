package dev.tandem.adapters.persistence.h2;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * H2 statements run on threads of their own, never on the web server's event loops.
 *
 * <p>r2dbc-h2 executes every statement synchronously on the thread that subscribes, and the connection pool hands
 * a released connection to the next waiting borrower on the releasing thread, in a loop, for as long as borrowers
 * wait. Under load one event loop would become the database thread of the whole server, for seconds, and the
 * requests and stream frames of the connections on that loop would wait meanwhile. Handing each acquired connection
 * to a bounded worker pool avoids both: the releasing thread only schedules the next borrower, and the event loops
 * only do network work. PostgreSQL's driver is non-blocking and left alone.
 */
final class DatabaseThreads {

    private DatabaseThreads() {
    }

    /** Wraps the H2 connection factory so that every connection is delivered on a database thread. */
    static BeanPostProcessor h2OffTheEventLoop() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ConnectionFactory factory && !(bean instanceof OwnThreads)
                        && "H2".equalsIgnoreCase(factory.getMetadata().getName())) {
                    return new OwnThreads(factory);
                }
                return bean;
            }
        };
    }

    /** The pool, with every connection delivered on a database thread; disposing it disposes the pool too. */
    static final class OwnThreads implements ConnectionFactory, Disposable, Wrapped<ConnectionFactory> {

        private final ConnectionFactory pool;
        // Blocking is allowed here (H2 waits for row locks); the cap keeps a burst from starting a thread per request.
        private final Scheduler threads = Schedulers.newBoundedElastic(4 * Runtime.getRuntime().availableProcessors(),
                Integer.MAX_VALUE, "tandem-db", 60, true);

        OwnThreads(ConnectionFactory pool) {
            this.pool = pool;
        }

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.from(pool.create()).publishOn(threads);
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return pool.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return pool;
        }

        @Override
        public void dispose() {
            threads.dispose();
            if (pool instanceof Disposable disposable) {
                disposable.dispose();
            }
        }

        @Override
        public boolean isDisposed() {
            return threads.isDisposed();
        }
    }
}
