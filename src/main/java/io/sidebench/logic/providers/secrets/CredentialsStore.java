package io.sidebench.logic.providers.secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * API keys kept per user, outside every project: a properties file (name = key) readable only by its
 * owner (POSIX mode 600 in a 700 folder; on Windows an ACL granting the owner alone). A file others can
 * read is refused rather than used. Values never appear in messages.
 */
public final class CredentialsStore {
    public static final String FILE_NAME = "credentials.properties";
    private final Path file;

    public CredentialsStore(Path file) {
        this.file = file;
    }

    /** The store in the user's settings folder. */
    public static CredentialsStore inUserConfig() {
        return new CredentialsStore(UserConfigDir.resolve().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public Optional<String> get(String name) {
        String value = load().getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The names stored (never the values). */
    public Set<String> names() {
        return new TreeSet<>(load().stringPropertyNames());
    }

    public synchronized void put(String name, String value) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("a credential name is letters, digits, '_', '.' or '-', got '" + name + "'");
        }
        Properties properties = load();
        properties.setProperty(name, value);
        save(properties);
    }

    public synchronized boolean remove(String name) {
        Properties properties = load();
        if (properties.remove(name) == null) {
            return false;
        }
        save(properties);
        return true;
    }

    private Properties load() {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            return properties;
        }
        checkPrivate();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read credentials: " + e.getMessage(), e);
        }
        return properties;
    }

    private void checkPrivate() {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = posix.readAttributes().permissions();
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new IllegalStateException(file + ": credentials file is readable by other users; run: chmod 600 "
                        + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot check permissions: " + e.getMessage(), e);
        }
    }

    private void save(Properties properties) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = Files.getFileAttributeView(dir.getRoot(), PosixFileAttributeView.class) != null;
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            Path temp = posix
                    ? Files.createTempFile(dir, ".credentials", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, ".credentials", ".tmp");
            if (!posix) {
                restrictAcl(temp);
            }
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "Sidebench API keys (owner-only; never copied into projects)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(file + ": cannot write credentials (access denied)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write credentials: " + e.getMessage(), e);
        }
    }

    private static void restrictAcl(Path path) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        UserPrincipal owner = Files.getOwner(path);
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                        AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                        AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                        AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                .build();
        acl.setAcl(List.of(entry));
    }
}
