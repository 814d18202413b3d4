"""Who the network is: organisations, their projects, membership, contact and peers."""
