package cn.gov.zhangping.fertility.platform.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** A list of networks in CIDR notation ({@code 127.0.0.0/8}, {@code ::1/128}, {@code 10.42.0.0/16}). */
public final class NetworkAllowList {

    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (address[full] & mask);
        }
    }

    private final List<Network> networks;

    private NetworkAllowList(List<Network> networks) {
        this.networks = networks;
    }

    /** Parses literal addresses only (never a host name, so parsing never touches DNS); a bad entry fails. */
    public static NetworkAllowList parse(List<String> cidrs) {
        List<Network> networks = new ArrayList<>();
        for (String raw : cidrs) {
            String cidr = raw.trim();
            if (cidr.isEmpty()) {
                continue;
            }
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address or network: " + cidr);
            }
            byte[] address;
            try {
                address = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address or network: " + cidr, e);
            }
            int prefix;
            try {
                prefix = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a prefix length: " + cidr, e);
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            networks.add(new Network(address, prefix));
        }
        return new NetworkAllowList(List.copyOf(networks));
    }

    public boolean allows(String literalAddress) {
        if (literalAddress == null || !literalAddress.matches("[0-9a-fA-F:.%a-zA-Z0-9]+")) {
            return false;
        }
        String bare = literalAddress.contains("%") ? literalAddress.substring(0, literalAddress.indexOf('%')) : literalAddress;
        if (!bare.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        byte[] candidate;
        try {
            candidate = InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return false;
        }
        // an IPv4 address seen through an IPv6 socket (::ffff:127.0.0.1) is that IPv4 address
        if (candidate.length == 16 && isMappedIpv4(candidate)) {
            byte[] v4 = new byte[4];
            System.arraycopy(candidate, 12, v4, 0, 4);
            candidate = v4;
        }
        for (Network n : networks) {
            if (n.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMappedIpv4(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
    }
}
