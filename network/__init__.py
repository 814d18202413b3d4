"""Who the network is and when it meets: organisations, membership, contact, events."""
