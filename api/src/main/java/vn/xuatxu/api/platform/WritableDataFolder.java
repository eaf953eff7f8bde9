package vn.xuatxu.api.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses to start on a data folder the process cannot write, before anything opens it. Without this check a
 * read-only folder (wrong owner after a restore, a disk remounted read-only after errors, a backup copy) surfaces
 * later as a stack trace from whichever part writes first: the embedded MariaDB, the ledger's block log, the
 * token secret. The check writes nothing that stays: one probe file per folder, created and deleted.
 */
final class WritableDataFolder {

    /** How deep the check looks: the data folder, its parts (ledger, mariadb, secrets, files) and theirs. */
    private static final int DEPTH = 3;

    private WritableDataFolder() {
    }

    /**
     * Creates the data folder if needed and checks that every folder and file near its top can be written.
     *
     * @throws IllegalStateException with a message for the operator (Vietnamese, then English) naming the folder,
     *                               the first path that cannot be written and what to do
     */
    static void require(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw refused(folder, folder, reason(e));
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
            paths = walk.toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw refused(folder, folder, "cannot be listed: " + e.getMessage());
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                probe(folder, path);
            } else if (Files.isRegularFile(path) && !Files.isWritable(path)) {
                throw refused(folder, path, "is read-only");
            }
        }
    }

    private static void probe(Path folder, Path directory) {
        Path probe = directory.resolve(".write-check-" + ProcessHandle.current().pid());
        try {
            Files.write(probe, new byte[]{1}, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw refused(folder, directory, reason(e));
        }
        try {
            Files.delete(probe);
        } catch (IOException e) {
            throw refused(folder, directory, "allows creating files but not deleting them (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static IllegalStateException refused(Path folder, Path path, String reason) {
        String where = path.equals(folder) ? "" : " (" + path + ")";
        return new IllegalStateException("""
                Không ghi được vào thư mục dữ liệu %1$s%2$s: %3$s.
                Xuất Xứ cần quyền ghi vào toàn bộ thư mục này (cơ sở dữ liệu nhúng, sổ cái, khoá, tệp tải lên).
                Hãy cấp quyền ghi cho người dùng chạy ứng dụng (ví dụ: sudo chown -R "$(id -un)" %1$s),
                kiểm tra ổ đĩa không bị gắn chỉ đọc (mount), hoặc đặt XUATXU_DATA_DIR tới một thư mục ghi được.
                Ứng dụng chưa ghi gì vào thư mục; sổ cái không bị thay đổi.
                The data folder %1$s cannot be written%2$s: %3$s. Give the user running Xuất Xứ write access to the
                whole folder, remount its disk read-write, or set XUATXU_DATA_DIR to a writable folder. Nothing was
                written; the ledger is unchanged.""".formatted(folder, where, reason));
    }
}
