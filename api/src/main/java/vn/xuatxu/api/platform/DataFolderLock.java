package vn.xuatxu.api.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Xuất Xứ process away from a data folder in use: two processes appending to one ledger
 * log or starting two database servers on one data directory would corrupt both. Held for the life of
 * the application context, which registers it as a bean.
 */
public final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Thư mục dữ liệu " + folder + " đang được một tiến trình Xuất Xứ khác sử dụng."
                        + " Hãy dừng tiến trình đó trước. / The data folder is in use by another Xuất Xứ process.");
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Không mở được thư mục dữ liệu " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }
}
