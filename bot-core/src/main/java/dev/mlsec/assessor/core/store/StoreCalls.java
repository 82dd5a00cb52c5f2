package dev.mlsec.assessor.core.store;

import com.mongodb.MongoException;
import dev.mlsec.assessor.core.run.StoreUnavailableException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/** Runs a store operation, turning the driver's and Spring Data's failures into {@link StoreUnavailableException}. */
final class StoreCalls {

    private StoreCalls() {
    }

    static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DataAccessException | MongoException e) {
            throw new StoreUnavailableException(e);
        }
    }

    static void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }
}
