package dk.regeltjek.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One command line as the client saw it: its arguments, working directory, the environment
 * variables regeltjek reads, whether there is a console, and the installation (regeltjek.home).
 */
record Request(byte kind, String[] args, String workingDir, Map<String, String> env, boolean console, String home,
               String userHome) {

    void write(DataOutputStream out) throws IOException {
        out.writeInt(Protocol.MAGIC);
        out.writeByte(kind);
        Protocol.writeString(out, workingDir);
        out.writeBoolean(console);
        Protocol.writeString(out, home);
        Protocol.writeString(out, userHome);
        out.writeInt(args.length);
        for (String arg : args) {
            Protocol.writeString(out, arg);
        }
        out.writeInt(env.size());
        for (Map.Entry<String, String> e : env.entrySet()) {
            Protocol.writeString(out, e.getKey());
            Protocol.writeString(out, e.getValue());
        }
    }

    static Request read(DataInputStream in) throws IOException {
        if (in.readInt() != Protocol.MAGIC) {
            throw new IOException("not a regeltjek request (or another build)");
        }
        byte kind = in.readByte();
        String workingDir = Protocol.readString(in);
        boolean console = in.readBoolean();
        String home = Protocol.readString(in);
        String userHome = Protocol.readString(in);
        String[] args = new String[count(in)];
        for (int i = 0; i < args.length; i++) {
            args[i] = Protocol.readString(in);
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            env.put(Protocol.readString(in), Protocol.readString(in));
        }
        return new Request(kind, args, workingDir, env, console, home, userHome);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("malformed request");
        }
        return n;
    }
}
